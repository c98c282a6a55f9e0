module example.com/modcatalog

go 1.26
