module example.com/both

go 1.26
