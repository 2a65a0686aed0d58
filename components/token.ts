/**
 * The package the components form: the name of the multi-language schema (`data-boundary schema`) and the first part
 * of every component's type token. Pulumi package names may contain hyphens (`^[a-zA-Z][-a-zA-Z0-9_]*$`, as in
 * `azure-native`); the SDKs Pulumi generates turn it into `pulumi_data_boundary` (Python) or `Pulumi.DataBoundary` (.NET).
 */
export const PACKAGE_NAME = "data-boundary";

/**
 * The type token of the component class named `className`: `data-boundary:index:<className>`. The component provider
 * serves every component under the `index` module (the only one it supports) and finds the class by the token's last
 * part, so the token a TypeScript program registers is the one every other language registers.
 */
export function componentType(className: string): string {
  return `${PACKAGE_NAME}:index:${className}`;
}
