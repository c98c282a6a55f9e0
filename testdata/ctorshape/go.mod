module example.com/ctorshape

go 1.26
