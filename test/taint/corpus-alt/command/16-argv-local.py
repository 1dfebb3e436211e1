# case: vulnerable - a command-line argument is concatenated into an ffmpeg command run by os.system
import os
import sys


def main():
    source = sys.argv[1]
    os.system("ffmpeg -i " + source + " -vn /tmp/audio.mp3")  # expect: command-injection-local


if __name__ == "__main__":
    main()
