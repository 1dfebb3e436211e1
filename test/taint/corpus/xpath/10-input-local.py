# case: vulnerable - a name typed at the prompt in an ElementTree path
import xml.etree.ElementTree as ET

root = ET.parse("staff.xml").getroot()
who = input("name: ")
print(root.findall(".//person[@name='" + who + "']"))  # expect: xpath-injection-local
