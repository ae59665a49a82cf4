import QRCode from "qrcode";

/**
 * A QR code of `url` drawn as inline SVG (one path of dark modules, on white whatever the theme,
 * so phones can read it), with a text label for screen readers.
 */
export function JoinQr({ url, className }: { url: string; className?: string }) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const size = modules.size + quiet * 2;
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg
      className={["qr", className].filter(Boolean).join(" ")}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={`QR code of the join link ${url}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
