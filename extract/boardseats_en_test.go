package extract

import "testing"

// "sits on X's board" and "sits on the board of X" put a person on a board; "the startup's
// board" is the board of the company the text is about, also when a place modifier opens the
// sentence that named it. Invented sentences.
func TestSitsOnBoardEn(t *testing.T) {
	lead := "Singapore-based Quillify, which sells payroll software, has raised US$4 million. "
	checkEnCases(t, []enCase{
		{text: lead + "Angel investor Mina Cho, who sits on the startup's board, also took part.", want: []string{"MEMBER_OF Mina Cho > Quillify"}},
		{text: "Mina Cho sits on the board of Orbis Labs.", want: []string{"MEMBER_OF Mina Cho > Orbis Labs"}},
	})
}

// "X is the department of Y" makes X a part of Y. Invented sentences.
func TestDepartmentOfEn(t *testing.T) {
	text := "About TradeLink Office\nTradeLink Office is the department of the Ruritania Government responsible for export promotion."
	checkEnCases(t, []enCase{{text: text, want: []string{"SUBSIDIARY_OF TradeLink Office > Ruritania Government"}}})
}
