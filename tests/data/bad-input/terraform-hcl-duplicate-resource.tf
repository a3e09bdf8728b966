resource "alicloud_security_group_rule" "r" {
}
resource "alicloud_security_group_rule" "r" {
}
