https_port = 443 # wins over terraform.tfvars
