//! The metrics of the report as the page handles them: a stable identifier for each (form
//! values, test hooks) and whether it is a share. Their names are in
//! [`crate::ui::i18n::report`].

use crate::core::reports::report::Metric;

/// A stable identifier of a metric (form values, test hooks).
pub(super) fn metric_slug(metric: Metric) -> &'static str {
    match metric {
        Metric::Received => "tiep-nhan",
        Metric::ReceivedOnline => "tiep-nhan-truc-tuyen",
        Metric::ReceivedInPerson => "tiep-nhan-truc-tiep",
        Metric::OnlineShare => "ty-le-truc-tuyen",
        Metric::InPersonShare => "ty-le-truc-tiep",
        Metric::ToProcess => "phai-xu-ly",
        Metric::Resolved => "da-giai-quyet",
        Metric::ResolvedShare => "ty-le-giai-quyet",
        Metric::EarlyShare => "ty-le-truoc-han",
        Metric::OnTimeShare => "ty-le-dung-han",
        Metric::LateShare => "ty-le-tre-han",
        Metric::Late => "tre-han",
        Metric::Postal => "bcci",
    }
}

/// Whether a metric is a share (shown in %) rather than a count.
pub(super) fn is_share(metric: Metric) -> bool {
    matches!(
        metric,
        Metric::OnlineShare
            | Metric::InPersonShare
            | Metric::ResolvedShare
            | Metric::EarlyShare
            | Metric::OnTimeShare
            | Metric::LateShare
    )
}
