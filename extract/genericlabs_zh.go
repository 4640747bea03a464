package extract

import "strings"

// zhLabMakers are the verbs (and 的) a lab that a sentence describes rather than names follows:
// 共建固态电池联合实验室, 去年与乙共建的机器视觉联合实验室. A lab with a name of its own is
// quoted (共建“具身智能联合实验室”) or carries its owners' names (微纳—中大量子传感联合实验室).
var zhLabMakers = []string{"共建", "合建", "成立", "设立", "建设", "建立", "组建", "筹建", "的"}

// describedLab reports whether a candidate is a Chinese laboratory written as a description:
// its name ends in 实验室, stands unquoted right after a verb of setting up (or 的), and holds
// the name of no other entity of the text. Annotators name no such lab, so a fact about it
// (ESTABLISHED, LOCATED_IN) has an end nobody can match.
func describedLab(d *doc, es *entitySet, c *candidate) bool {
	n := textnormFold(c.name)
	if d.lang == "en" || !strings.HasSuffix(n, "实验室") || c.first.start <= 0 {
		return false
	}
	if quotedSomewhere(d, c.name) {
		return false // a headline's 共建具身智能联合实验室 is the lab the story quotes: named
	}
	made := false
	for _, w := range zhLabMakers {
		made = made || hasSuffixAt(d.folded, c.first.start, w)
	}
	if !made {
		return false
	}
	for _, o := range es.candidates {
		if o != c && o.name != "" && strings.Contains(c.name, o.name) {
			return false // 与腾讯共建腾讯联合实验室: the owner names it
		}
	}
	return true
}

// quotedSomewhere reports whether the text puts a quotation mark right before name anywhere.
func quotedSomewhere(d *doc, name string) bool {
	t := string(d.runes)
	for _, q := range []string{"“", "「", "『", "\"", "《", "〈", "'"} {
		if strings.Contains(t, q+name) {
			return true
		}
	}
	return false
}
