# The groups of an E-HPC cluster, written the way people write them.
variable "admin_cidr" {
  type        = string
  description = "Where administrators connect from"
  default     = "203.0.113.10/32"
}

variable "users_cidr" {
  type = string
}

variable "web_ports" {
  type    = list(number)
  default = [80, 443]
}

locals {
  ssh_port = 22
  name     = "hpc-${terraform.workspace}"
  portal   = format("%d/%d", 12011, 12011)
}

resource "alicloud_security_group" "head" {
  security_group_name = "${local.name}-head"
  description         = <<-EOT
    Head node of the cluster.
    Managed by Terraform.
    EOT
  vpc_id              = alicloud_vpc.main.id // a resource of another folder
  security_group_type = "normal"
  inner_access_policy = "Drop"
}

resource "alicloud_security_group" "compute" {
  name                = "compute"
  security_group_type = "enterprise"
}

/* SSH for administrators only. */
resource "alicloud_security_group_rule" "ssh" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = "${local.ssh_port}/${local.ssh_port}"
  cidr_ip           = var.admin_cidr
  priority          = 1
  nic_type          = "intranet"
  security_group_id = alicloud_security_group.head.id
  description       = "SSH from ${var.admin_cidr}"
}

resource "alicloud_security_group_rule" "portal" {
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = local.portal
  cidr_ip           = var.users_cidr
  security_group_id = alicloud_security_group.head.id
  description       = "E-HPC portal"
}

resource "alicloud_security_group_rule" "web" {
  count             = length(var.web_ports)
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = join("/", [var.web_ports[count.index], var.web_ports[count.index]])
  cidr_ip           = "0.0.0.0/0"
  security_group_id = alicloud_security_group.head.id
  description       = "web ${count.index}"
}

resource "alicloud_security_group_rule" "cluster" {
  for_each = {
    slurm = "6817/6819"
    nfs   = "2049/2049"
  }
  type              = "ingress"
  ip_protocol       = "tcp"
  port_range        = each.value
  cidr_ip           = "10.0.0.0/8"
  security_group_id = alicloud_security_group.compute.id
  description       = "${upper(each.key)} within the VPC"
}

resource "alicloud_security_group_rule" "egress" {
  type              = "egress"
  ip_protocol       = "all"
  port_range        = "-1/-1"
  cidr_ip           = "0.0.0.0/0"
  policy            = "accept"
  priority          = 100
  security_group_id = "sg-bp1existing"
}
