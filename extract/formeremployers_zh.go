package extract

import "strings"

// News introduces a person by a former post (由前滙豐數碼銀行主管何詠恩創立, 原美團副總裁): the
// organisation after 前 or 原 is where the person worked, never the subject of what the
// sentence goes on to say (…，計劃明年拓展新加坡市場 is the start-up's plan, not 滙豐's).

// zhNotFormer end words in which 前 or 原 means no "former" (目前, 此前, 三天前, 上市前, 原因):
// the former-employer check here and the preposition check (obliques_zh.go) both read them.
var zhNotFormer = runeSet("目此之早日年提以从先事会节当眼空上市情赛季月天周")

// formerEmployerSubject reports whether a Chinese fact's subject is written as someone's
// former employer: right after a 前 or 原 that opens a title phrase.
func formerEmployerSubject(d *doc, p Proposal) bool {
	r := p.Relationship
	if r == nil || d.lang == "en" || r.From.Name == "" {
		return false
	}
	name := []rune(r.From.Name)
	k := lastIndexBefore(d.runes, name, p.Start, cueAt(d, p))
	if k <= 0 {
		return false
	}
	f := d.folded
	if f[k-1] != '前' && f[k-1] != '原' {
		return false
	}
	if k >= 2 && zhNotFormer[f[k-2]] {
		return false
	}
	// The title that makes it a former post follows within a few words (前滙豐亞太區數碼銀行主管).
	e := k + len(name)
	for j := e; j < min(len(f), e+14); j++ {
		if strings.ContainsRune("，。；、,;", f[j]) {
			return false
		}
		if titleAt(f, j) > j {
			return true
		}
	}
	return false
}

// zhWithWords make the name after them the partner of a clause's subject (已與甲及乙簽訂合作
// 協議，並計劃進軍新加坡): the partner enters no market the subject plans.
var zhWithWords = runeSet("与同跟")

// partnerAsSubject reports whether a Chinese market a fact gives its subject is read off a
// name written as the object of 与 before the cue.
func partnerAsSubject(d *doc, p Proposal) bool {
	r := p.Relationship
	if r == nil || r.Type != "TARGETS_MARKET" || d.lang == "en" || r.From.Name == "" {
		return false
	}
	name := []rune(r.From.Name)
	at := cueAt(d, p)
	k := lastIndexBefore(d.runes, name, p.Start, at)
	return k > 0 && zhWithWords[d.folded[k-1]] && !strings.Contains(string(d.folded[k:at]), "双方") // 甲与乙签署…，双方将…: both (bothmarkets.go)
}
