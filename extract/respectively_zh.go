package extract

// 甲、乙、丙及丁……分別設於W、X、Y及Z: 分別 ("respectively") pairs the lists in order; a list
// of objects against one subject is no fact of that subject.

// zhRespectively stand right before a cue whose two lists pair in order.
var zhRespectively = []string{"分别", "各自"}

// respectively reports whether 分别 stands right before position i.
func respectively(d *doc, i int) bool {
	return d.lang != "en" && endsWithAny(d.folded, i, zhRespectively)
}

// rankIn is where m stands in text order among ms.
func rankIn(ms []mention, m mention) int {
	n := 0
	for _, x := range ms {
		if x.start < m.start {
			n++
		}
	}
	return n
}
