package extract

// Chinese text typed on a Latin keyboard quotes names with straight double quotes
// (下称"灵枢机器人", 认定为"广东省制造业单项冠军企业"). Every reader of quoted names looks
// for the curly marks “” (and 「」), so a line's straight quotes are read as curly ones, in
// pairs, when the line holds an even number of them; the quotes a proposal gives keep the
// text as written.

// curlQuotes turns each line's straight double quotes into “ and ” alternately in d.runes and
// d.folded, keeping the text as given in d.orig.
func curlQuotes(d *doc) {
	ls := 0
	for i := 0; i <= len(d.runes); i++ {
		if i < len(d.runes) && d.runes[i] != '\n' {
			continue
		}
		n := 0
		for k := ls; k < i; k++ {
			if d.runes[k] == '"' {
				n++
			}
		}
		if n > 0 && n%2 == 0 {
			if d.orig == nil {
				d.orig = append([]rune(nil), d.runes...)
			}
			open := true
			for k := ls; k < i; k++ {
				if d.runes[k] == '"' {
					c := '”'
					if open {
						c = '“'
					}
					d.runes[k], d.folded[k] = c, c
					open = !open
				}
			}
		}
		ls = i + 1
	}
}
