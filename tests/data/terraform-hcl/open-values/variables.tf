# Where the notebooks' users connect from is left open: users_cidr has no default and no tfvars
# gives it, so the notebooks rule is kept but matches no traffic until a value is given
# (sgassist-cli check --var users_cidr=VALUE, or Supply Values… in the window).
variable "users_cidr" {
  type        = string
  description = "Where the notebooks' users connect from"
}

variable "jupyter_port" {
  type    = number
  default = 8888
}
