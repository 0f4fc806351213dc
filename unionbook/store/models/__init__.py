"""The schema, as SQLAlchemy 2 models, one module per area. It changes only through an Alembic migration
(store/migrations). Importing this package registers every area's tables in `Base.metadata`."""

from unionbook.store.models.base import NAMING, Base
from unionbook.store.models.bundles import (
    BundleRecord,
    Correspondent,
    PeriodLock,
    SubunitMember,
    SubunitReport,
    UnionKey,
)
from unionbook.store.models.dues import (
    DuesEmployer,
    DuesPayment,
    DuesPersuasion,
    DuesWage,
    FundsDeclaration,
    FundsMovement,
    LedgerBudget,
    LedgerEntry,
    LedgerYear,
)
from unionbook.store.models.elections import (
    Election,
    ElectionCandidate,
    ElectionElected,
    ElectionRound,
    ElectionVoter,
    OfficeHolder,
    RoundBallot,
    RoundBox,
    Term,
)
from unionbook.store.models.homes import HomeAssessment, HomeEvidence, HomeScore, HomeTitle
from unionbook.store.models.imports import ImportBatch, ImportBatchChange
from unionbook.store.models.library import (
    LibraryActivity,
    LibraryCopy,
    LibraryLoan,
    LibraryRoom,
    LibraryStocktake,
    LibraryStocktakeScan,
    LibraryTitle,
)
from unionbook.store.models.meetings import AgendaItem, Meeting, MeetingAttendee, Resolution
from unionbook.store.models.members import Member, MemberEvent
from unionbook.store.models.union import ChangeLog, Employer, Setting, UnionProfile

__all__ = [
    "BundleRecord", "Correspondent", "PeriodLock", "SubunitMember", "SubunitReport", "UnionKey",
    "HomeAssessment", "HomeEvidence", "HomeScore", "HomeTitle",
    "NAMING", "AgendaItem", "Base", "ChangeLog", "Election", "ElectionCandidate", "ElectionElected", "ElectionRound",
    "DuesEmployer", "DuesPayment", "DuesPersuasion", "DuesWage", "FundsDeclaration", "FundsMovement",
    "LedgerBudget", "LedgerEntry", "LedgerYear",
    "ElectionVoter", "Employer", "ImportBatch", "ImportBatchChange", "LibraryActivity", "LibraryCopy",
    "LibraryRoom", "LibraryLoan", "LibraryStocktake", "LibraryStocktakeScan", "LibraryTitle", "Meeting", "MeetingAttendee", "Member",
    "MemberEvent", "OfficeHolder", "Resolution", "RoundBallot", "RoundBox", "Setting", "Term", "UnionProfile",
]
