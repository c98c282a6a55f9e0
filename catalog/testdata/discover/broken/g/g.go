package g
