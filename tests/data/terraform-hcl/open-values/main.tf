# A root module in a folder whose rules wait for a value (see variables.tf).
resource "alicloud_security_group" "portal" {
  name        = "portal"
  description = "Users reach the notebooks here"
}

resource "alicloud_security_group_rule" "ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "203.0.113.10/32"
  security_group_id = alicloud_security_group.portal.id
  description       = "SSH from the operators"
}

resource "alicloud_security_group_rule" "notebooks" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "${var.jupyter_port}/${var.jupyter_port}"
  cidr_ip           = var.users_cidr
  security_group_id = alicloud_security_group.portal.id
  description       = "Notebooks for the users"
}
