# A rule that waits for a CIDR, a port number and two values that must not be written to disk:
# deploy_token by its name, ops_note because it is declared sensitive (tst_supplyvalues).
resource "alicloud_security_group" "ops" {
  name = "ops"
}

resource "alicloud_security_group_rule" "api" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "${var.api_port}/${var.api_port}"
  cidr_ip           = var.office_cidr
  security_group_id = alicloud_security_group.ops.id
  description       = "API for ${var.deploy_token}"
}

resource "alicloud_security_group_rule" "health" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "8080/8080"
  cidr_ip           = "100.64.0.0/10"
  security_group_id = alicloud_security_group.ops.id
  description       = var.ops_note
}

variable "office_cidr" {
  type        = string
  description = "The office's public addresses"
}

variable "api_port" {
  type = number
}

variable "deploy_token" {
  type = string
}

variable "ops_note" {
  type      = string
  sensitive = true
}
