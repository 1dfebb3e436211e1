# case: safe - the typed unit is used only when it is one of the allowed unit names
UNITS = ("km", "mi")


def convert_km(distance):
    return distance


def convert_mi(distance):
    return distance * 0.621


unit = input("unit (km/mi): ")
if unit in UNITS:
    print(eval("convert_" + unit + "(10)"))  # sink
