import MoldRisk
print("moldrisk")
