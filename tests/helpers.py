from datetime import date

from qpp_reviewer.domain import Outcome, Product, ReviewHeader, Stream


def header(**over) -> ReviewHeader:
    base = dict(
        case_reference="L1234567/001",
        unit="Glasgow",
        product=Product.DECISION,
        outcome=Outcome.REFUSAL,
        product_date=date(2025, 10, 3),
        decision_maker="DM4411",
        stream=Stream.ROUTINE,
        reviewer="AB",
    )
    base.update(over)
    return ReviewHeader(**base)
