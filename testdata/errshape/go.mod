module example.com/shape

go 1.26
