# case: vulnerable - a URL typed at the prompt is opened by urllib.request.urlopen
import urllib.request

url = input("URL to check: ").strip()
print(urllib.request.urlopen(url).status)  # expect: ssrf-local
