package extract

import "testing"

// A quoted name an event's noun follows names that event, Latin letters and all. Invented texts.
func TestQuotedEventNames(t *testing.T) {
	checkRelCases(t, []relCase{
		{"zh-Hant", "創新科技及工業局局長孫東昨日在迪拜出席「GITEX 2026」科技展覽，並發表主題演講。",
			[]string{"ATTENDED 孫東 > GITEX 2026"}},
		{"zh-Hans", "星辉科技上月参加了“NexGen Asia”创科展。",
			[]string{"ATTENDED 星辉科技 > NexGen Asia"}},
	}, nil)
}
