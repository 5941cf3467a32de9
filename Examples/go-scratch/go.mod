module greeter

go 1.22
