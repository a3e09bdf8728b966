# A root module in a folder: variables in variables.tf, values in terraform.tfvars and
# ops.auto.tfvars (which wins), rules here.
resource "alicloud_security_group" "web" {
  name = local.group_name
}

resource "alicloud_security_group_rule" "ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = var.admin_cidr
  security_group_id = alicloud_security_group.web.id
  description       = "SSH from the operators"
}

resource "alicloud_security_group_rule" "https" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "${var.https_port}/${var.https_port}"
  cidr_ip           = "0.0.0.0/0"
  security_group_id = alicloud_security_group.web.id
  description       = "HTTPS"
}
