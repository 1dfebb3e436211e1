# case: vulnerable - a URL read with input() is opened with urlopen
from urllib.request import urlopen


def download():
    url = input("Feed URL: ").strip()
    with urlopen(url, timeout=10) as resp:  # expect: ssrf-local
        print(resp.read()[:200])


if __name__ == "__main__":
    download()
