/** A labelled horizontal share (0–1) with its percentage in text; null shows "no data". */
export function Meter({
  label,
  value,
  detail,
}: {
  label: string;
  value: number | null;
  detail?: string;
}) {
  const percent = value === null ? null : Math.round(value * 100);
  return (
    <div className="meter">
      <div className="meter-head">
        <span>{label}</span>
        <span className="meter-value">{percent === null ? "no data" : `${percent}%`}</span>
      </div>
      <div className="meter-track" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
      {detail && <p className="meter-detail muted">{detail}</p>}
    </div>
  );
}
