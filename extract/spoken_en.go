package extract

import "strings"

// An interview or a podcast transcript opens each turn with a label and a colon ("Q: …", "A:
// …", "Host: …", "Interviewer: …"). The word after the label opens the sentence: capitalised
// for the sentence's sake ("A: Huge for us.", "A: No. I did …"), it is no name by its capital.

// enTurnLabels are the labels of turns that name no speaker.
var enTurnLabels = wordSet(`Q A Question Answer Host Guest Interviewer Interviewee Moderator Reporter Panellist Panelist`)

// afterTurnLabel returns where a sentence's text starts when the sentence opens at i with a
// turn label and its colon; i otherwise.
func afterTurnLabel(d *doc, i, end int) int {
	j := i
	for j < end && isLatinLetter(d.runes[j]) {
		j++
	}
	if j == i || j >= end || d.runes[j] != ':' || !enTurnLabels[string(d.runes[i:j])] {
		return i
	}
	j++
	for j < end && (d.runes[j] == ' ' || d.runes[j] == '\t') {
		j++
	}
	if j >= end || !isLatinLetter(d.runes[j]) && !isDigit(d.runes[j]) {
		return i
	}
	return j
}

// enInterjections open spoken answers ("Right, a ten-person team", "Yes, in January"): no
// company named alone.
var enInterjections = wordSet(`Right Yes No Yeah Well Sure Exactly Absolutely Thanks Okay OK Oh Look Honestly Actually Definitely`)

// enPronouns are the pronouns and possessives of speech that a capital at a turn's start or a
// title after them ("My co-founder Aisha") would otherwise make a name.
var enPronouns = wordSet(`I We You He She They It My Our Your His Her Their Its Me Us Him Them Mine Ours Yours`)

// pronounName reports whether an English candidate name is a pronoun, alone or with its
// contraction ("I'm", "We're", "you", "My").
func pronounName(name string) bool {
	w := name
	for _, c := range []string{"'m", "'re", "'ve", "'d", "'ll", "’m", "’re", "’ve", "’d", "’ll"} {
		w = strings.TrimSuffix(w, c)
	}
	if w == "" {
		return false
	}
	return enPronouns[strings.ToUpper(w[:1])+w[1:]]
}

// roleAfterPossessive reports whether a title follows the word ending at e ("my co-founder
// Marcus Leung", "our CTO"): "my" there stands for the writer's organisation, whose post it
// names, not for the writer.
func roleAfterPossessive(d *doc, e int) bool {
	w := latinWordsFrom(d.runes, e, 2)
	if len(w) == 0 || strings.TrimSpace(string(d.runes[e:w[0].start])) != "" {
		return false
	}
	t := strings.ToLower(w[0].text)
	if isTitleWord(t) || t == "co-founder" || t == "cofounder" || t == "founder" {
		return true
	}
	return len(w) > 1 && isTitleWord(t+" "+strings.ToLower(w[1].text)) // "chief executive"
}
