module example.com/lspconform

go 1.26
