"""The window's export, as its job runs it, in a process of its own: `python -m benchmarks.bench_export DB OUT`.

导出当前名册到 Excel… (ui/members/export_dialog.py) opens the database as the window does
(`Database.open(purpose="gui")`: writer lock, quick_check verdict), then runs `export_roster(db, path, query,
mask_ids=…, progress=…)` on a worker thread behind the progress dialog, with the roster page's query and a
`Tracker` as its progress. This does exactly that, without the window around it, so that the process's peak
RSS is the job's: the figure says what the export adds to the window. Prints one JSON line: rows written,
seconds of the service call, RSS before the call and the process's peak (MB).

The database is opened for writing (the window holds the writer lock): give it a copy, never a shared file.
"""

from __future__ import annotations

import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import emit


def main(argv: list[str]) -> int:
    db_path, out = Path(argv[0]), Path(argv[1])
    from unionbook.jobs import Tracker
    from unionbook.services.members.exports import export_roster
    from unionbook.services.members.roster import CURRENT, RosterQuery
    from unionbook.store import Database

    db = Database.open(db_path, purpose="gui")
    query = RosterQuery(statuses=CURRENT)  # the roster page as it opens: 现有会员（在册+保留会籍）, 姓名 order
    steps: list[int] = []
    tracker = Tracker(lambda done, total: steps.append(done))  # the progress dialog's counter
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result: dict[str, Any] = {}

    def job() -> None:  # run_op(long=True) runs the work on a worker thread
        t = time.perf_counter()
        done = export_roster(db, out, query, mask_ids=False, progress=tracker)
        result.update(rows=done.rows, s=time.perf_counter() - t)

    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    db.close()
    if "rows" not in result:
        return 1
    emit({**result, "steps": len(steps), "rss_before_mb": before})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
