// The status page's files are embedded as text (`with { type: "text" }`), in the single executable too.
declare module "*/status/page.js" {
  const text: string;
  export default text;
}
declare module "*/status/page.css" {
  const text: string;
  export default text;
}
declare module "*/status/favicon.svg" {
  const text: string;
  export default text;
}
