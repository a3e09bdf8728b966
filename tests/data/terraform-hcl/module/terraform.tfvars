admin_cidr = "198.51.100.0/24"
https_port = 8443
