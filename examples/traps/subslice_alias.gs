// Trap: a subslice is a window on its parent's array, not a copy. Writing
// through it writes the parent, and appending to it, while the array has
// room, overwrites the parent's next elements.
nums := []int{1, 2, 3, 4, 5}
head := nums[:2] // len 2, cap 5: the same array
head[0] = 100
fmt.Println("after head[0] = 100:    ", nums)
head = append(head, 99) // room in the array: writes nums[2]
fmt.Println("after append(head, 99): ", nums)
shared, from, to := inspect.Overlap(nums, head)
fmt.Println("nums and head share an array:", shared, "- head sees nums[", from, ":", to, "]")
// the fix: a full slice expression caps head, so append must copy
safe := nums[:2:2]
safe = append(safe, -1)
shared, _, _ = inspect.Overlap(nums, safe)
fmt.Println("after append(nums[:2:2], -1):", nums, "- still shared:", shared)
