using Parta.Server.Features.Chats;

namespace Parta.Server.Realtime;

/// <summary>
/// Every event the server pushes: the areas' own event interfaces, together (a typed hub client takes the methods
/// of the interfaces it extends). It is the realtime contract: <see cref="RealtimeContract"/> puts it into the OpenAPI
/// document, the web client's event map is generated from that, and docs/realtime-events.md lists each event with
/// its recipients; RealtimeContractTests keep the three in step. An area with events adds its interface here.
/// </summary>
public interface IEventsClient : IChatEventsClient;
