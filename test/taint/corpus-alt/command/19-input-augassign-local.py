# case: vulnerable - input() is appended with += to a command run by os.system
import os


def list_folder():
    command = "ls -la "
    command += input("Folder: ")
    os.system(command)  # expect: command-injection-local


list_folder()
