variable "admin_cidr" {
  type    = string
  default = "10.0.0.0/8"
}

variable "https_port" {
  type = number
}

locals {
  group_name = "web-${var.https_port}"
}
