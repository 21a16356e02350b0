package pipeline

import "testing"

func TestBalanceQuotes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`new rules" designed to protect homes`, `new rules designed to protect homes`},
		{`the board "fully backs the plan`, `the board fully backs the plan`},
		{`a "historic" day`, `a "historic" day`},
		{`“almost done” by May`, `“almost done” by May`},
		{`the plan is “80% complete`, `the plan is 80% complete`},
		{`a member "close to the talks"`, `a member "close to the talks"`},
		{`"We will win," he said`, `"We will win," he said`},
		{`plain text`, `plain text`},
		{`a 13.3" widescreen display`, `a 13.3" widescreen display`},
	} {
		if got := balanceQuotes(tt.in); got != tt.want {
			t.Errorf("balanceQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestInnerCapital(t *testing.T) {
	for w, want := range map[string]bool{"iPod": true, "eBay": true, "Ford": false, "announced": false, "McLaren": true} {
		if got := innerCapital(w); got != want {
			t.Errorf("innerCapital(%q) = %v, want %v", w, got, want)
		}
	}
}
