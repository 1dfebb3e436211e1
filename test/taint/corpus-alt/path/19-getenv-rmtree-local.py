# case: vulnerable - an environment variable names the folder removed with shutil.rmtree
import os
import shutil


def clear_cache():
    cache = os.getenv("BUILD_CACHE", "/tmp/build-cache")
    shutil.rmtree(cache, ignore_errors=True)  # expect: path-injection-local


if __name__ == "__main__":
    clear_cache()
