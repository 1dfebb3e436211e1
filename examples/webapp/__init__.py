"""A tiny web application used to demonstrate Tendril."""
