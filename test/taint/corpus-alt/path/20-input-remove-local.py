# case: vulnerable - a name read with input() is joined to the reports folder and deleted
import os


def delete_report():
    name = input("Report to delete: ")
    os.remove(os.path.join("reports", name))  # expect: path-injection-local


if __name__ == "__main__":
    delete_report()
