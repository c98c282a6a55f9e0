module example.com/routescheck

go 1.26
