_ = *make
println(*len, -cap, *new)
