package extract

// "云帆科技完成新一轮融资。红杉中国和高瓴创投继续追加投资。": when a cue's other end falls back on
// the sentence's subject and that subject is the first item of the very list that fills this
// end, the items would be linked to each other (高瓴创投 in 红杉中国). Items of one list share
// a role, so such an end is no end at all.

// toIsFromItem reports whether the single mention of to is one of the several items of from.
func toIsFromItem(from, to []mention) bool {
	if len(to) != 1 || len(from) < 2 {
		return false
	}
	return containsEntity(from, to[0])
}
