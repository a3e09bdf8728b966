# The configuration behind parity.plan.json (what `terraform show -json` prints for its plan):
# `sgassist-cli check` must find the same in both.
variable "admin_cidr" {
  default = "0.0.0.0/0"
}

resource "alicloud_security_group" "web" {
  security_group_name = "web"
}

resource "alicloud_security_group_rule" "ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  policy            = "accept"
  port_range        = "22/22"
  priority          = 1
  security_group_id = alicloud_security_group.web.id
  cidr_ip           = var.admin_cidr
}

resource "alicloud_security_group_rule" "web" {
  count             = 2
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  port_range        = format("%d/%d", [80, 443][count.index], [80, 443][count.index])
  security_group_id = alicloud_security_group.web.id
  cidr_ip           = "0.0.0.0/0"
  description       = "web ${count.index}"
}

resource "alicloud_security_group_rule" "mysql" {
  type              = "ingress"
  ip_protocol       = "tcp"
  nic_type          = "intranet"
  policy            = "drop"
  port_range        = "3306/3306"
  priority          = 1
  security_group_id = alicloud_security_group.web.id
  cidr_ip           = "0.0.0.0/0"
  description       = "no database from outside"
}

resource "alicloud_security_group_rule" "all_out" {
  type              = "egress"
  ip_protocol       = "all"
  nic_type          = "intranet"
  port_range        = "-1/-1"
  security_group_id = alicloud_security_group.web.id
  cidr_ip           = "0.0.0.0/0"
}
