resource "alicloud_security_group_rule" "r" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "22/22"
  cidr_ip           = "10.0.0.0/8"
  security_group_id = "sg-1"
}
}
