using Digitize.Web.ApiKeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Digitize.Web.Api;

/// <summary>Tells the OpenAPI document's readers how a client system authenticates: its key in <c>X-Api-Key</c>.</summary>
internal sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.Header,
            Description = "The client system's key (digitize apikeys add NAME)",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, document)] = [] });
        document.Info.Title = "Digitize API";
        document.Info.Description = "Search, records, signed PDFs, dossier submission and job status for other government systems.";
        return Task.CompletedTask;
    }
}
