//! Counts of yes, no, abstain and absent for one vote.

use super::Choice;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub yes: u16,
    pub no: u16,
    pub abstain: u16,
    pub absent: u16,
}

impl Tally {
    /// Official totals as published; absent is whoever of `members` is left.
    pub const fn official(yes: u16, no: u16, abstain: u16, members: u16) -> Tally {
        Tally {
            yes,
            no,
            abstain,
            absent: members - yes - no - abstain,
        }
    }

    pub fn count<'a>(choices: impl IntoIterator<Item = &'a Choice>) -> Tally {
        let mut t = Tally::default();
        for c in choices {
            *t.get_mut(*c) += 1;
        }
        t
    }

    pub fn get(&self, choice: Choice) -> u16 {
        match choice {
            Choice::Yes => self.yes,
            Choice::No => self.no,
            Choice::Abstain => self.abstain,
            Choice::Absent => self.absent,
        }
    }

    fn get_mut(&mut self, choice: Choice) -> &mut u16 {
        match choice {
            Choice::Yes => &mut self.yes,
            Choice::No => &mut self.no,
            Choice::Abstain => &mut self.abstain,
            Choice::Absent => &mut self.absent,
        }
    }

    pub fn total(&self) -> u16 {
        self.yes + self.no + self.abstain + self.absent
    }

    /// Share of the total as a percentage, for drawing bars.
    pub fn percent(&self, choice: Choice) -> f32 {
        match self.total() {
            0 => 0.0,
            total => f32::from(self.get(choice)) * 100.0 / f32::from(total),
        }
    }

    /// "88 in favour, 58 against, 34 abstentions, 13 did not vote".
    pub fn in_words(&self) -> String {
        format!(
            ui_plain!(tally in_words),
            yes = self.yes,
            no = self.no,
            abstain = self.abstain,
            absent = self.absent
        )
    }

    /// Where each choice's segment of a 100-unit stacked bar starts.
    pub fn bar_start(&self, choice: Choice) -> f32 {
        Choice::ALL
            .iter()
            .take_while(|&&c| c != choice)
            .map(|&c| self.percent(c))
            .sum()
    }

    /// "88-58-34", the usual way a UN result is written.
    pub fn result_line(&self) -> String {
        format!("{}-{}-{}", self.yes, self.no, self.abstain)
    }
}
