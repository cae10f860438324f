//! The orders a side drafts before it ends its turn: each checked, as it is drafted, by the
//! game's one order checker against the side's own view.

use super::Play;
use crate::sim::orders::{Command, OrderDesk};
use crate::sim::quantity::Side;

impl Play {
    /// The orders drafted for `side`.
    pub fn drafts(&self, side: Side) -> &[Command] {
        &self.drafts[side.index()]
    }

    /// Draft an order for `side`, replacing an earlier order on the same policy, budget or
    /// event. Refused (with the game's reason) if the game would not take it.
    pub fn draft(
        &mut self,
        side: Side,
        command: Command,
    ) -> Result<(), crate::sim::orders::CommandError> {
        let same = |a: &Command, b: &Command| match (a, b) {
            (Command::SetBudget { .. }, Command::SetBudget { .. }) => true,
            (Command::AnswerEvent { event: x, .. }, Command::AnswerEvent { event: y, .. }) => {
                x == y
            }
            _ => a.policy().is_some() && a.policy() == b.policy(),
        };
        let mut list: Vec<Command> = self.drafts[side.index()]
            .iter()
            .filter(|c| !same(c, &command))
            .copied()
            .collect();
        list.push(command);
        self.check_orders(side, &list)?;
        self.drafts[side.index()] = list;
        Ok(())
    }

    /// `side`'s political capital left once its drafted orders are paid for.
    pub fn capital_left(&self, side: Side) -> f64 {
        let view = self.view(side);
        OrderDesk::of_view(&self.scenario, &view)
            .left(self.drafts(side))
            .capital
    }

    /// Take back a drafted order.
    pub(crate) fn remove_draft(&mut self, side: Side, index: usize) {
        let drafts = &mut self.drafts[side.index()];
        if index < drafts.len() {
            drafts.remove(index);
        }
    }

    /// Would the game take `command` from `side` now, after the orders already drafted?
    pub(crate) fn would_take(&self, side: Side, command: Command) -> bool {
        let mut list = self.drafts(side).to_vec();
        list.push(command);
        self.check_orders(side, &list).is_ok()
    }

    /// Would the game take these orders, in this order, now?
    fn check_orders(
        &self,
        side: Side,
        list: &[Command],
    ) -> Result<(), crate::sim::orders::CommandError> {
        if self.outcome().is_over() {
            return Err(crate::sim::orders::CommandError::GameOver);
        }
        let view = self.view(side);
        let desk = OrderDesk::of_view(&self.scenario, &view);
        for (i, c) in list.iter().enumerate() {
            desk.check(&list[..i], c)?;
        }
        Ok(())
    }
}
