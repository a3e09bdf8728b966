resource "alicloud_security_group_rule" "r" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "300.1.1.1"
  security_group_id = "sg-1"
}
