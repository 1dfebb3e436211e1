def paragraph(text):
    return "<p>" + text + "</p>"
